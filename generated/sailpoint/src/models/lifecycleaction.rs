//! `Lifecycleaction`, from `apis/machine-identities-lifecycle-actions/schemas/lifecycleaction.yaml`.

/// Lifecycle action requested against a machine identity.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Lifecycleaction {
    /// `DEACTIVATE`
    Deactivate,
    /// `ACTIVATE`
    Activate,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl Lifecycleaction {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Lifecycleaction::Deactivate => "DEACTIVATE",
            Lifecycleaction::Activate => "ACTIVATE",
            Lifecycleaction::Unknown(value) => value,
        }
    }
}

impl From<&str> for Lifecycleaction {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DEACTIVATE" => Lifecycleaction::Deactivate,
            "ACTIVATE" => Lifecycleaction::Activate,
            other => Lifecycleaction::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(Lifecycleaction);
