//! The talking points' part of the facade: adapters over `talking_points`.

use super::Library;
use crate::model::{Result, TalkingPoint, TalkingPointInput};
use crate::talking_points;

impl Library {
    /// Talking points holding every word of `query`, of the pillar (a
    /// topic) and session given, newest first.
    pub fn talking_points(
        &self,
        query: Option<&str>,
        pillar: Option<&str>,
        session: Option<&str>,
    ) -> Result<Vec<TalkingPoint>> {
        talking_points::talking_points(&self.store, query, pillar, session)
    }

    /// Creates a talking point (`id` of `None`) or rewrites one; its
    /// pillar is a topic of the list and its session one of the calendar.
    pub fn save_talking_point(&mut self, point: &TalkingPointInput) -> Result<TalkingPoint> {
        talking_points::save_talking_point(&mut self.store, point)
    }

    pub fn delete_talking_point(&mut self, id: i64) -> Result<()> {
        talking_points::delete_talking_point(&mut self.store, id)
    }
}
