//! `LifecyclestatedeletedType`, from `apis/lifecycle-states/schemas/lifecyclestatedeleted.yaml#/properties/type`.

/// Deleted lifecycle state's DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LifecyclestatedeletedType {
    /// `LIFECYCLE_STATE`
    LifecycleState,
    /// `TASK_RESULT`
    TaskResult,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LifecyclestatedeletedType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclestatedeletedType::LifecycleState => "LIFECYCLE_STATE",
            LifecyclestatedeletedType::TaskResult => "TASK_RESULT",
            LifecyclestatedeletedType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LifecyclestatedeletedType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "LIFECYCLE_STATE" => LifecyclestatedeletedType::LifecycleState,
            "TASK_RESULT" => LifecyclestatedeletedType::TaskResult,
            other => LifecyclestatedeletedType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LifecyclestatedeletedType);
