//! `BeforeprovisioningruledtoType`, from `apis/service-desk-integration/schemas/beforeprovisioningruledto.yaml#/properties/type`.

/// Before Provisioning Rule DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BeforeprovisioningruledtoType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BeforeprovisioningruledtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BeforeprovisioningruledtoType::Rule => "RULE",
            BeforeprovisioningruledtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for BeforeprovisioningruledtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => BeforeprovisioningruledtoType::Rule,
            other => BeforeprovisioningruledtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BeforeprovisioningruledtoType);
