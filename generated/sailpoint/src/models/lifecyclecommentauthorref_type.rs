//! `LifecyclecommentauthorrefType`, from `apis/machine-identities-lifecycle-actions/schemas/lifecyclecommentauthorref.yaml#/properties/type`.

/// Author category for the comment.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LifecyclecommentauthorrefType {
    /// `IDENTITY`
    Identity,
    /// `WORKGROUP`
    Workgroup,
    /// `API_TOKEN`
    ApiToken,
    /// `SYSTEM`
    System,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl LifecyclecommentauthorrefType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            LifecyclecommentauthorrefType::Identity => "IDENTITY",
            LifecyclecommentauthorrefType::Workgroup => "WORKGROUP",
            LifecyclecommentauthorrefType::ApiToken => "API_TOKEN",
            LifecyclecommentauthorrefType::System => "SYSTEM",
            LifecyclecommentauthorrefType::Unknown(value) => value,
        }
    }
}

impl From<&str> for LifecyclecommentauthorrefType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => LifecyclecommentauthorrefType::Identity,
            "WORKGROUP" => LifecyclecommentauthorrefType::Workgroup,
            "API_TOKEN" => LifecyclecommentauthorrefType::ApiToken,
            "SYSTEM" => LifecyclecommentauthorrefType::System,
            other => LifecyclecommentauthorrefType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(LifecyclecommentauthorrefType);
