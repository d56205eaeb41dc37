//! `CompensatingcontrolupdateAction`, from `apis/sod-controls/schemas/compensatingcontrolupdate.yaml#/properties/action`.

/// The action performed when the compensating control is applied.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompensatingcontrolupdateAction {
    /// `Workflow`
    Workflow,
    /// `Certification`
    Certification,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompensatingcontrolupdateAction {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompensatingcontrolupdateAction::Workflow => "Workflow",
            CompensatingcontrolupdateAction::Certification => "Certification",
            CompensatingcontrolupdateAction::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompensatingcontrolupdateAction {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Workflow" => CompensatingcontrolupdateAction::Workflow,
            "Certification" => CompensatingcontrolupdateAction::Certification,
            other => CompensatingcontrolupdateAction::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompensatingcontrolupdateAction);
