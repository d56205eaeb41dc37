//! `V3SelectorType`, from `v3/schemas/Selector.yaml#/properties/type`.

/// Selector type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3SelectorType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `ROLE`
    Role,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3SelectorType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3SelectorType::Entitlement => "ENTITLEMENT",
            V3SelectorType::Role => "ROLE",
            V3SelectorType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3SelectorType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => V3SelectorType::Entitlement,
            "ROLE" => V3SelectorType::Role,
            other => V3SelectorType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3SelectorType);
