//! The names of the model's small enums, as stored and as typed on the
//! command line: one macro gives each its `ALL`, `as_str`, `parse` and
//! `names`, so a new variant is named in one place.

/// Gives a fieldless enum its list of values and their names.
macro_rules! named {
    ($type:ident: $($variant:ident => $name:literal),+) => {
        impl $type {
            pub const ALL: &'static [$type] = &[$($type::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($type::$variant => $name),+ }
            }

            /// The value named, ignoring case; `-` and space stand for `_`.
            pub fn parse(name: &str) -> Option<Self> {
                let name = name.trim().to_lowercase().replace(['-', ' '], "_");
                Self::ALL.iter().copied().find(|v| v.as_str() == name)
            }

            /// The accepted names, for an error message.
            pub fn names() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }
    };
}

pub(crate) use named;
