//! `SendClassifyMachineAccountV1ClassificationMode`, from `apis/machine-account-classify/parameters/classificationmode.yaml#/schema`.

/// `SendClassifyMachineAccountV1ClassificationMode` as the spec defines it.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SendClassifyMachineAccountV1ClassificationMode {
    /// `default`
    Default,
    /// `ignoreManual`
    IgnoreManual,
    /// `forceMachine`
    ForceMachine,
    /// `forceHuman`
    ForceHuman,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl SendClassifyMachineAccountV1ClassificationMode {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            SendClassifyMachineAccountV1ClassificationMode::Default => "default",
            SendClassifyMachineAccountV1ClassificationMode::IgnoreManual => {
                "ignoreManual"
            }
            SendClassifyMachineAccountV1ClassificationMode::ForceMachine => {
                "forceMachine"
            }
            SendClassifyMachineAccountV1ClassificationMode::ForceHuman => "forceHuman",
            SendClassifyMachineAccountV1ClassificationMode::Unknown(value) => value,
        }
    }
}

impl From<&str> for SendClassifyMachineAccountV1ClassificationMode {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "default" => SendClassifyMachineAccountV1ClassificationMode::Default,
            "ignoreManual" => {
                SendClassifyMachineAccountV1ClassificationMode::IgnoreManual
            }
            "forceMachine" => {
                SendClassifyMachineAccountV1ClassificationMode::ForceMachine
            }
            "forceHuman" => SendClassifyMachineAccountV1ClassificationMode::ForceHuman,
            other => {
                SendClassifyMachineAccountV1ClassificationMode::Unknown(other.to_owned())
            }
        }
    }
}

crate::string_enum_impls!(SendClassifyMachineAccountV1ClassificationMode);
