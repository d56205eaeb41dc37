//! `AccessRequestsEntitlementstatesnapshotjitdetail`, from `apis/access-requests/schemas/entitlementstatesnapshotjitdetail.yaml`.

/// A single JIT entitlement snapshot entry from the provisioning plan.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AccessRequestsEntitlementstatesnapshotjitdetail {
    /// Application id for the entitlement attribute (same as EntitlementStateSnapshot.applicationId).
    #[serde(rename = "applicationId", skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// Account attribute name for the entitlement (EntitlementStateSnapshot.attributeName).
    #[serde(rename = "attributeName", skip_serializing_if = "Option::is_none")]
    pub attribute_name: Option<String>,
    /// Entitlement values for that attribute (EntitlementStateSnapshot.attributeValues).
    #[serde(rename = "attributeValues", skip_serializing_if = "Option::is_none")]
    pub attribute_values: Option<Vec<String>>,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl AccessRequestsEntitlementstatesnapshotjitdetail {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for AccessRequestsEntitlementstatesnapshotjitdetail {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for AccessRequestsEntitlementstatesnapshotjitdetail {
    const NAME: &'static str = "AccessRequestsEntitlementstatesnapshotjitdetail";

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
            "applicationId" => {
                self.application_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributeName" => {
                self.attribute_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attributeValues" => self.attribute_values = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
