//! `Roleinsightsentitlementchanges`, from `apis/role-insights/schemas/roleinsightsentitlementchanges.yaml`.

use crate::models::Roleinsightsinsight;

/// `Roleinsightsentitlementchanges` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleinsightsentitlementchanges {
    /// Name of the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Id of the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Description for the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Attribute for the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribute: Option<String>,
    /// Attribute value for the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Source or the application for the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The kind of insight this is and some stats
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insight: Option<Roleinsightsinsight>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleinsightsentitlementchanges {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleinsightsentitlementchanges {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleinsightsentitlementchanges {
    const NAME: &'static str = "Roleinsightsentitlementchanges";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "attribute" => {
                self.attribute = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "value" => self.value = map.next_value_seed(crate::lenient::TextOption)?,
            "source" => self.source = map.next_value_seed(crate::lenient::TextOption)?,
            "insight" => self.insight = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
