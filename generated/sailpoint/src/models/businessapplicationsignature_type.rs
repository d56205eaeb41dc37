//! `BusinessapplicationsignatureType`, from `apis/business-applications/schemas/businessapplicationsignature.yaml#/properties/type`.

/// Signature type, matched against the machine identity's subtype. Kept consistent with the machine identity subtype values.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BusinessapplicationsignatureType {
    /// `AI Agent`
    AiAgent,
    /// `Application`
    Application,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl BusinessapplicationsignatureType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            BusinessapplicationsignatureType::AiAgent => "AI Agent",
            BusinessapplicationsignatureType::Application => "Application",
            BusinessapplicationsignatureType::Unknown(value) => value,
        }
    }
}

impl From<&str> for BusinessapplicationsignatureType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "AI Agent" => BusinessapplicationsignatureType::AiAgent,
            "Application" => BusinessapplicationsignatureType::Application,
            other => BusinessapplicationsignatureType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(BusinessapplicationsignatureType);
