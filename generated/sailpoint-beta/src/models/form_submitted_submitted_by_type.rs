//! `FormSubmittedSubmittedByType`, from `beta/schemas/trigger/example-input/FormSubmitted.yaml#/properties/submittedBy/properties/type`.

/// DTO type of the identity who submitted the form.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormSubmittedSubmittedByType {
    /// `IDENTITY`
    Identity,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormSubmittedSubmittedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormSubmittedSubmittedByType::Identity => "IDENTITY",
            FormSubmittedSubmittedByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormSubmittedSubmittedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "IDENTITY" => FormSubmittedSubmittedByType::Identity,
            other => FormSubmittedSubmittedByType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormSubmittedSubmittedByType);
