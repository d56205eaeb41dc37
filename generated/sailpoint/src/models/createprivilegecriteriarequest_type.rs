//! `CreateprivilegecriteriarequestType`, from `apis/privilege-criteria/schemas/createprivilegecriteriarequest.yaml#/properties/type`.

/// The type of criteria being created. Expects "CUSTOM".
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateprivilegecriteriarequestType {
    /// `CUSTOM`
    Custom,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CreateprivilegecriteriarequestType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CreateprivilegecriteriarequestType::Custom => "CUSTOM",
            CreateprivilegecriteriarequestType::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateprivilegecriteriarequestType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CUSTOM" => CreateprivilegecriteriarequestType::Custom,
            other => CreateprivilegecriteriarequestType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CreateprivilegecriteriarequestType);
