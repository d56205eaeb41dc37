//! `SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode`, from `apis/sources/schemas/correlationconfig.yaml#/properties/attributeAssignments/items/properties/matchMode`.

/// The match mode of the attribute assignment.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode {
    /// `ANYWHERE`
    Anywhere,
    /// `START`
    Start,
    /// `END`
    End,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode::Anywhere => {
                "ANYWHERE"
            }
            SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode::Start => "START",
            SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode::End => "END",
            SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ANYWHERE" => {
                SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode::Anywhere
            }
            "START" => SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode::Start,
            "END" => SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode::End,
            other => {
                SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(SourcesCorrelationconfigAttributeAssignmentsInnerMatchMode);
