//! `CompensatingcontrolcreateAction`, from `apis/sod-controls/schemas/compensatingcontrolcreate.yaml#/properties/action`.

/// The action performed when the compensating control is applied.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompensatingcontrolcreateAction {
    /// `Workflow`
    Workflow,
    /// `Certification`
    Certification,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompensatingcontrolcreateAction {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompensatingcontrolcreateAction::Workflow => "Workflow",
            CompensatingcontrolcreateAction::Certification => "Certification",
            CompensatingcontrolcreateAction::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompensatingcontrolcreateAction {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "Workflow" => CompensatingcontrolcreateAction::Workflow,
            "Certification" => CompensatingcontrolcreateAction::Certification,
            other => CompensatingcontrolcreateAction::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompensatingcontrolcreateAction);
