//! `PrivilegecriteriadtoType`, from `apis/privilege-criteria/schemas/privilegecriteriadto.yaml#/properties/type`.

/// The type of criteria.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PrivilegecriteriadtoType {
    /// `CUSTOM`
    Custom,
    /// `CONNECTOR`
    Connector,
    /// `SINGLE_LEVEL`
    SingleLevel,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl PrivilegecriteriadtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            PrivilegecriteriadtoType::Custom => "CUSTOM",
            PrivilegecriteriadtoType::Connector => "CONNECTOR",
            PrivilegecriteriadtoType::SingleLevel => "SINGLE_LEVEL",
            PrivilegecriteriadtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for PrivilegecriteriadtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CUSTOM" => PrivilegecriteriadtoType::Custom,
            "CONNECTOR" => PrivilegecriteriadtoType::Connector,
            "SINGLE_LEVEL" => PrivilegecriteriadtoType::SingleLevel,
            other => PrivilegecriteriadtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(PrivilegecriteriadtoType);
