//! `CorrelationConfigAttributeAssignmentsInnerMatchMode`, from `beta/schemas/CorrelationConfig.yaml#/properties/attributeAssignments/items/properties/matchMode`.

/// The match mode of the attribute assignment.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CorrelationConfigAttributeAssignmentsInnerMatchMode {
    /// `ANYWHERE`
    Anywhere,
    /// `START`
    Start,
    /// `END`
    End,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CorrelationConfigAttributeAssignmentsInnerMatchMode {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CorrelationConfigAttributeAssignmentsInnerMatchMode::Anywhere => "ANYWHERE",
            CorrelationConfigAttributeAssignmentsInnerMatchMode::Start => "START",
            CorrelationConfigAttributeAssignmentsInnerMatchMode::End => "END",
            CorrelationConfigAttributeAssignmentsInnerMatchMode::Unknown(value) => value,
        }
    }
}

impl From<&str> for CorrelationConfigAttributeAssignmentsInnerMatchMode {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "ANYWHERE" => CorrelationConfigAttributeAssignmentsInnerMatchMode::Anywhere,
            "START" => CorrelationConfigAttributeAssignmentsInnerMatchMode::Start,
            "END" => CorrelationConfigAttributeAssignmentsInnerMatchMode::End,
            other => {
                CorrelationConfigAttributeAssignmentsInnerMatchMode::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(CorrelationConfigAttributeAssignmentsInnerMatchMode);
