//! `FormusedbyType`, from `apis/custom-forms/schemas/formusedby.yaml#/properties/type`.

/// FormUsedByType value.
/// WORKFLOW FormUsedByTypeWorkflow
/// SOURCE FormUsedByTypeSource
/// MySailPoint FormUsedByType
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FormusedbyType {
    /// `WORKFLOW`
    Workflow,
    /// `SOURCE`
    Source,
    /// `MySailPoint`
    MySailPoint,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl FormusedbyType {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            FormusedbyType::Workflow => "WORKFLOW",
            FormusedbyType::Source => "SOURCE",
            FormusedbyType::MySailPoint => "MySailPoint",
            FormusedbyType::Unknown(value) => value,
        }
    }
}

impl From<&str> for FormusedbyType {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "WORKFLOW" => FormusedbyType::Workflow,
            "SOURCE" => FormusedbyType::Source,
            "MySailPoint" => FormusedbyType::MySailPoint,
            other => FormusedbyType::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(FormusedbyType);
