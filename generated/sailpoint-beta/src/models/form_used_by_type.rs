//! `FormUsedByType`, from `beta/schemas/forms/FormUsedBy.yaml#/properties/type`.

/// FormUsedByType value.
/// WORKFLOW FormUsedByTypeWorkflow
/// SOURCE FormUsedByTypeSource
/// MySailPoint FormUsedByType
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormUsedByType {
    /// `WORKFLOW`
    Workflow,
    /// `SOURCE`
    Source,
    /// `MySailPoint`
    MySailPoint,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormUsedByType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormUsedByType::Workflow => "WORKFLOW",
            FormUsedByType::Source => "SOURCE",
            FormUsedByType::MySailPoint => "MySailPoint",
            FormUsedByType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormUsedByType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW" => FormUsedByType::Workflow,
            "SOURCE" => FormUsedByType::Source,
            "MySailPoint" => FormUsedByType::MySailPoint,
            other => FormUsedByType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormUsedByType);
