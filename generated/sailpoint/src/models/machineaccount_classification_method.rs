//! `MachineaccountClassificationMethod`, from `apis/machine-accounts/schemas/machineaccount.yaml#/allOf/1/properties/classificationMethod`.

/// Classification Method
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineaccountClassificationMethod {
    /// `SOURCE`
    Source,
    /// `CRITERIA`
    Criteria,
    /// `DISCOVERY`
    Discovery,
    /// `MANUAL`
    Manual,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineaccountClassificationMethod {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineaccountClassificationMethod::Source => "SOURCE",
            MachineaccountClassificationMethod::Criteria => "CRITERIA",
            MachineaccountClassificationMethod::Discovery => "DISCOVERY",
            MachineaccountClassificationMethod::Manual => "MANUAL",
            MachineaccountClassificationMethod::Unknown(value) => value,
        }
    }
}

impl From<&str> for MachineaccountClassificationMethod {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "SOURCE" => MachineaccountClassificationMethod::Source,
            "CRITERIA" => MachineaccountClassificationMethod::Criteria,
            "DISCOVERY" => MachineaccountClassificationMethod::Discovery,
            "MANUAL" => MachineaccountClassificationMethod::Manual,
            other => MachineaccountClassificationMethod::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(MachineaccountClassificationMethod);
