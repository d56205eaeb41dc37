//! `Machineaccountsubtypeconfigdto`, from `apis/machine-account-subtypes/schemas/machineaccountsubtypeconfigdto.yaml`.

use crate::models::{
    MachineaccountsubtypeconfigdtoMachineAccountCreate,
    MachineaccountsubtypeconfigdtoMachineAccountDelete,
};

/// Contains comprehensive configuration details for machine account subtype approval, including creation and deletion approval requirements, approver lists, form and entitlement references, and approval status options.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineaccountsubtypeconfigdto {
    /// Unique identifier representing the specific subtype of the machine account, used to distinguish between different machine account categories.
    #[serde(rename = "subtypeId", skip_serializing_if = "Option::is_none")]
    pub subtype_id: Option<String>,
    /// Configuration options for machine account creation, including whether creation is enabled, if approval is required, associated form and entitlement IDs, and detailed approval settings such as approvers and allowed comment types.
    #[serde(rename = "machineAccountCreate", skip_serializing_if = "Option::is_none")]
    pub machine_account_create: Option<
        MachineaccountsubtypeconfigdtoMachineAccountCreate,
    >,
    /// Configuration options for machine account deletion, including whether approval is required, the list of authorized approvers, and the types of comments permitted during the approval workflow.
    #[serde(rename = "machineAccountDelete", skip_serializing_if = "Option::is_none")]
    pub machine_account_delete: Option<
        MachineaccountsubtypeconfigdtoMachineAccountDelete,
    >,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineaccountsubtypeconfigdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Machineaccountsubtypeconfigdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineaccountsubtypeconfigdto {
    const NAME: &'static str = "Machineaccountsubtypeconfigdto";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "subtypeId" => {
                self.subtype_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "machineAccountCreate" => self.machine_account_create = map.next_value()?,
            "machineAccountDelete" => self.machine_account_delete = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
