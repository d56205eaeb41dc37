//! `SimIntegrationsBeforeprovisioningruledtoType`, from `apis/sim-integrations/schemas/beforeprovisioningruledto.yaml#/properties/type`.

/// Before Provisioning Rule DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SimIntegrationsBeforeprovisioningruledtoType {
    /// `RULE`
    Rule,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SimIntegrationsBeforeprovisioningruledtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SimIntegrationsBeforeprovisioningruledtoType::Rule => "RULE",
            SimIntegrationsBeforeprovisioningruledtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for SimIntegrationsBeforeprovisioningruledtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "RULE" => SimIntegrationsBeforeprovisioningruledtoType::Rule,
            other => {
                SimIntegrationsBeforeprovisioningruledtoType::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(SimIntegrationsBeforeprovisioningruledtoType);
