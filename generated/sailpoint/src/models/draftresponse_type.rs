//! `DraftresponseType`, from `apis/configuration-hub/schemas/draftresponse.yaml#/properties/type`.

/// Type of the job, will always be CREATE_DRAFT for this type of job.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DraftresponseType {
    /// `CREATE_DRAFT`
    CreateDraft,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl DraftresponseType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            DraftresponseType::CreateDraft => "CREATE_DRAFT",
            DraftresponseType::Unknown(value) => value,
        }
    }
}

impl From<&str> for DraftresponseType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "CREATE_DRAFT" => DraftresponseType::CreateDraft,
            other => DraftresponseType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(DraftresponseType);
