//! `Machineidentityuserentitlements`, from `apis/triggers/schemas/machineidentityuserentitlements.yaml`.

use crate::models::Machineidentitysourcereference;

/// Reference to a user entitlement.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Machineidentityuserentitlements {
    /// Entitlement identifier.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "entitlementId")]
    pub entitlement_id: String,
    /// Display name of the entitlement.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "displayName")]
    pub display_name: String,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Machineidentitysourcereference>,
    /// Members the spec does not declare.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}

impl Machineidentityuserentitlements {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        entitlement_id: impl Into<String>,
        display_name: impl Into<String>,
        source: Machineidentitysourcereference,
    ) -> Self {
        Machineidentityuserentitlements {
            entitlement_id: entitlement_id.into(),
            display_name: display_name.into(),
            source: Some(source),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Machineidentityuserentitlements {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Machineidentityuserentitlements {
    const NAME: &'static str = "Machineidentityuserentitlements";

    #[inline]
    fn empty() -> Self {
        Machineidentityuserentitlements {
            entitlement_id: Default::default(),
            display_name: Default::default(),
            source: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "entitlementId" => {
                self.entitlement_id = map.next_value_seed(crate::lenient::Text)?;
            }
            "displayName" => {
                self.display_name = map.next_value_seed(crate::lenient::Text)?;
            }
            "source" => self.source = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
