//! `SourceCreatedActorType`, from `beta/schemas/trigger/example-input/SourceCreated.yaml#/properties/actor/properties/type`.

/// DTO type of the identity who created the source.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourceCreatedActorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourceCreatedActorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourceCreatedActorType::Identity => "IDENTITY",
            SourceCreatedActorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourceCreatedActorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SourceCreatedActorType::Identity,
            other => SourceCreatedActorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourceCreatedActorType);
