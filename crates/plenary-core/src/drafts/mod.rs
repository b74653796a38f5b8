//! Layer 4: the drafting studio over the store. A draft is a title, a
//! session, a topic, a language, a target length, a status and a Markdown
//! body: it is created and its fields corrected in `fields`, starts from a
//! template (`templates`) whose opening and closing follow its language and
//! its chair (`formulas`), is autosaved with revisions kept along the way
//! (`revisions`), knows where each of its paragraphs and sentences came
//! from (`provenance`, `sentences`), is offered earlier language and
//! talking points (`suggestions`, `points`), is sent to capital and
//! cleared (`clearance`), and once delivered becomes a statement in the
//! library through the import pipeline (`deliver`). The drafter's settings live
//! here too (`settings`). Every value from a person is checked here, and
//! refused with the field's name and the problem.

mod clearance;
mod deliver;
mod fields;
mod formulas;
mod heading;
mod points;
mod provenance;
mod revisions;
mod sentences;
pub mod settings;
mod suggestions;
mod templates;

pub use clearance::{changes_since_cleared, clear, send_to_capital};
pub use deliver::{delivery, record_delivery, Delivery};
pub use fields::{check_insertion, create_draft, speaking_minutes, update_draft, FIELDS};
pub use formulas::{formulas, Formulas};
pub use heading::{calendar_session, heading};
pub use points::insert_point;
pub use provenance::paragraph_provenance;
pub use revisions::{restore_revision, save_body, write_body};
pub use suggestions::{suggest, PointMatch, Suggestion};
pub use templates::{save_template, template_body, templates, templates_in, BLANK};
