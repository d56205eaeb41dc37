//! `MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting`, from `apis/machine-account-subtypes/schemas/machineaccountsubtypeconfigdto.yaml#/properties/machineAccountCreate/properties/passwordSetting`.

/// This is required before enabling the account creation to true. Default value will be null.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting {
    /// `DO_NOT_SET_PASSWORD`
    DoNotSetPassword,
    /// `SET_TO_EXISTING_ATTRIBUTE`
    SetToExistingAttribute,
    /// `SET_TO_NEW_ATTRIBUTE`
    SetToNewAttribute,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting::DoNotSetPassword => {
                "DO_NOT_SET_PASSWORD"
            }
            MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting::SetToExistingAttribute => {
                "SET_TO_EXISTING_ATTRIBUTE"
            }
            MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting::SetToNewAttribute => {
                "SET_TO_NEW_ATTRIBUTE"
            }
            MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting::Unknown(
                value,
            ) => value,
        }
    }
}

impl From<&str> for MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "DO_NOT_SET_PASSWORD" => {
                MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting::DoNotSetPassword
            }
            "SET_TO_EXISTING_ATTRIBUTE" => {
                MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting::SetToExistingAttribute
            }
            "SET_TO_NEW_ATTRIBUTE" => {
                MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting::SetToNewAttribute
            }
            other => {
                MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting::Unknown(
                    other.to_owned(),
                )
            }
        }
    }
}

crate::string_enum_impls!(
    MachineaccountsubtypeconfigdtoMachineAccountCreatePasswordSetting
);
