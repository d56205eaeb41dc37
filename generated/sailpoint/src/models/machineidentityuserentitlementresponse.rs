//! `Machineidentityuserentitlementresponse`, from `apis/machine-identities/schemas/machineidentityuserentitlementresponse.yaml`.

use crate::models::{
    MachineidentityuserentitlementresponseEntitlement,
    MachineidentityuserentitlementresponseSource,
};

/// `Machineidentityuserentitlementresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentityuserentitlementresponse {
    /// System-generated unique ID of the Object
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// System-generated unique ID of the Machine Identity
    #[serde(rename = "machineIdentityId", skip_serializing_if = "Option::is_none")]
    pub machine_identity_id: Option<String>,
    /// The source of the user entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<MachineidentityuserentitlementresponseSource>,
    /// The user entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlement: Option<MachineidentityuserentitlementresponseEntitlement>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Machineidentityuserentitlementresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentityuserentitlementresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentityuserentitlementresponse {
    const NAME: &'static str = "Machineidentityuserentitlementresponse";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "machineIdentityId" => {
                self.machine_identity_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "source" => self.source = map.next_value()?,
            "entitlement" => self.entitlement = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
