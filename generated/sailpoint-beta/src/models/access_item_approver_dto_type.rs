//! `AccessItemApproverDtoType`, from `beta/schemas/trigger/example-input/AccessItemApproverDto.yaml#/properties/type`.

/// DTO type of the identity who approved the access item request.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AccessItemApproverDtoType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AccessItemApproverDtoType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AccessItemApproverDtoType::Identity => "IDENTITY",
            AccessItemApproverDtoType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AccessItemApproverDtoType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AccessItemApproverDtoType::Identity,
            other => AccessItemApproverDtoType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AccessItemApproverDtoType);
