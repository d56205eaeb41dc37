//! `SourceUpdatedActorType`, from `beta/schemas/trigger/example-input/SourceUpdated.yaml#/properties/actor/properties/type`.

/// DTO type of the identity who updated the source.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceUpdatedActorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceUpdatedActorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceUpdatedActorType::Identity => "IDENTITY",
            SourceUpdatedActorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceUpdatedActorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SourceUpdatedActorType::Identity,
            other => SourceUpdatedActorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceUpdatedActorType);
