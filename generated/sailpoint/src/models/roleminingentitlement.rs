//! `Roleminingentitlement`, from `apis/iai-role-mining/schemas/roleminingentitlement.yaml`.

use crate::models::Roleminingentitlementref;

/// `Roleminingentitlement` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingentitlement {
    /// Details about the entitlement
    #[serde(rename = "entitlementRef", skip_serializing_if = "Option::is_none")]
    pub entitlement_ref: Option<Roleminingentitlementref>,
    /// Name of the entitlement
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Application name of the entitlement
    #[serde(rename = "applicationName", skip_serializing_if = "Option::is_none")]
    pub application_name: Option<String>,
    /// The number of identities with this entitlement in a role.
    #[serde(rename = "identityCount", skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    /// The % popularity of this entitlement in a role.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub popularity: Option<f32>,
    /// The % popularity of this entitlement in the org.
    #[serde(rename = "popularityInOrg", skip_serializing_if = "Option::is_none")]
    pub popularity_in_org: Option<f32>,
    /// The ID of the source/application.
    #[serde(rename = "sourceId", skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    /// The status of activity data for the source.   Value is complete or notComplete.
    #[serde(rename = "activitySourceState", skip_serializing_if = "Option::is_none")]
    pub activity_source_state: Option<String>,
    /// The percentage of identities in the potential role that have usage of the source/application of this entitlement.
    #[serde(rename = "sourceUsagePercent", skip_serializing_if = "Option::is_none")]
    pub source_usage_percent: Option<f32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingentitlement {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingentitlement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingentitlement {
    const NAME: &'static str = "Roleminingentitlement";

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
            "entitlementRef" => self.entitlement_ref = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "applicationName" => {
                self.application_name = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "identityCount" => self.identity_count = map.next_value()?,
            "popularity" => self.popularity = map.next_value()?,
            "popularityInOrg" => self.popularity_in_org = map.next_value()?,
            "sourceId" => {
                self.source_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "activitySourceState" => {
                self.activity_source_state = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "sourceUsagePercent" => self.source_usage_percent = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
