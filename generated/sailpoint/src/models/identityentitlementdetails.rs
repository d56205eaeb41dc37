//! `Identityentitlementdetails`, from `apis/access-requests/schemas/identityentitlementdetails.yaml`.

use crate::models::{
    Identityentitlementdetailsaccounttarget, Identityentitlementdetailsentitlementdto,
};

/// `Identityentitlementdetails` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Identityentitlementdetails {
    /// Id of Identity
    #[serde(rename = "identityId", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entitlement: Option<Identityentitlementdetailsentitlementdto>,
    /// Id of Source
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// A list of account targets on the identity provisioned with the requested entitlement.
    #[serde(rename = "accountTargets", skip_serializing_if = "Option::is_none")]
    pub account_targets: Option<Vec<Identityentitlementdetailsaccounttarget>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Identityentitlementdetails {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Identityentitlementdetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Identityentitlementdetails {
    const NAME: &'static str = "Identityentitlementdetails";

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
            "identityId" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "entitlement" => self.entitlement = map.next_value()?,
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "accountTargets" => self.account_targets = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
