//! `V3SodPolicyDtoType`, from `v3/schemas/SodPolicyDto.yaml#/properties/type`.

/// SOD policy DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V3SodPolicyDtoType {
    /// `SOD_POLICY`
    SodPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V3SodPolicyDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V3SodPolicyDtoType::SodPolicy => "SOD_POLICY",
            V3SodPolicyDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V3SodPolicyDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOD_POLICY" => V3SodPolicyDtoType::SodPolicy,
            other => V3SodPolicyDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V3SodPolicyDtoType);
