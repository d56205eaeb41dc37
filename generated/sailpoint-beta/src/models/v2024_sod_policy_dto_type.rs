//! `V2024SodPolicyDtoType`, from `v2024/schemas/SodPolicyDto.yaml#/properties/type`.

/// SOD policy DTO type.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum V2024SodPolicyDtoType {
    /// `SOD_POLICY`
    SodPolicy,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl V2024SodPolicyDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            V2024SodPolicyDtoType::SodPolicy => "SOD_POLICY",
            V2024SodPolicyDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for V2024SodPolicyDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOD_POLICY" => V2024SodPolicyDtoType::SodPolicy,
            other => V2024SodPolicyDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(V2024SodPolicyDtoType);
