//! `IdentityCertificationTaskType`, from `beta/schemas/IdentityCertificationTask.yaml#/properties/type`.

/// `IdentityCertificationTaskType` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IdentityCertificationTaskType {
    /// `REASSIGN`
    Reassign,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl IdentityCertificationTaskType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            IdentityCertificationTaskType::Reassign => "REASSIGN",
            IdentityCertificationTaskType::Unknown(value) => value,
        }
    }
}

impl From<&str> for IdentityCertificationTaskType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "REASSIGN" => IdentityCertificationTaskType::Reassign,
            other => IdentityCertificationTaskType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(IdentityCertificationTaskType);
