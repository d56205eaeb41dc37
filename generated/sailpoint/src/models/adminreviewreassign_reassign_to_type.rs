//! `AdminreviewreassignReassignToType`, from `apis/certification-campaigns/schemas/adminreviewreassign.yaml#/properties/reassignTo/properties/type`.

/// The type of the ID provided.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AdminreviewreassignReassignToType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl AdminreviewreassignReassignToType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            AdminreviewreassignReassignToType::Identity => "IDENTITY",
            AdminreviewreassignReassignToType::Unknown(value) => value,
        }
    }
}

impl From<&str> for AdminreviewreassignReassignToType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => AdminreviewreassignReassignToType::Identity,
            other => AdminreviewreassignReassignToType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(AdminreviewreassignReassignToType);
