//! `SourcedeletedActorType`, from `apis/triggers/schemas/sourcedeleted.yaml#/properties/actor/properties/type`.

/// DTO type of identity who deleted the source.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcedeletedActorType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourcedeletedActorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcedeletedActorType::Identity => "IDENTITY",
            SourcedeletedActorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SourcedeletedActorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => SourcedeletedActorType::Identity,
            other => SourcedeletedActorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(SourcedeletedActorType);
