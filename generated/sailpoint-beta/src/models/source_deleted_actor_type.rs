//! `SourceDeletedActorType`, from `beta/schemas/trigger/example-input/SourceDeleted.yaml#/properties/actor/properties/type`.

/// DTO type of the identity who deleted the source.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceDeletedActorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceDeletedActorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceDeletedActorType::Identity => "IDENTITY",
            SourceDeletedActorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceDeletedActorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SourceDeletedActorType::Identity,
            other => SourceDeletedActorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceDeletedActorType);
