//! `SlimDiscoveredApplications`, from `beta/schemas/SlimDiscoveredApplications.yaml`.

use crate::models::SlimDiscoveredApplicationsRiskLevel;

/// Discovered applications
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SlimDiscoveredApplications {
    /// Unique identifier for the discovered application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the discovered application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Source from which the application was discovered.
    #[serde(rename = "discoverySource", skip_serializing_if = "Option::is_none")]
    pub discovery_source: Option<String>,
    /// The vendor associated with the discovered application.
    #[serde(rename = "discoveredVendor", skip_serializing_if = "Option::is_none")]
    pub discovered_vendor: Option<String>,
    /// A brief description of the discovered application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// List of recommended connectors for the application.
    #[serde(rename = "recommendedConnectors", skip_serializing_if = "Option::is_none")]
    pub recommended_connectors: Option<Vec<String>>,
    /// The timestamp when the application was last received via an entitlement aggregation invocation  or a manual csv upload, in ISO 8601 format.
    #[serde(rename = "discoveredAt", skip_serializing_if = "Option::is_none")]
    pub discovered_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The timestamp when the application was first discovered, in ISO 8601 format.
    #[serde(rename = "createdAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The status of an application within the discovery source.
    ///
    /// By default this field is set to "ACTIVE" when the application is discovered.
    ///
    /// If an application has been deleted from within the discovery source, the status will be set to "INACTIVE".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The risk score of the application ranging from 0-100, 100 being highest risk.
    #[serde(rename = "riskScore", skip_serializing_if = "Option::is_none")]
    pub risk_score: Option<i32>,
    /// Indicates whether the application is used for business purposes.
    #[serde(rename = "isBusiness", skip_serializing_if = "Option::is_none")]
    pub is_business: Option<bool>,
    /// The total number of sign-in accounts for the application.
    #[serde(rename = "totalSigninsCount", skip_serializing_if = "Option::is_none")]
    pub total_signins_count: Option<i32>,
    /// The risk level of the application.
    #[serde(rename = "riskLevel", skip_serializing_if = "Option::is_none")]
    pub risk_level: Option<SlimDiscoveredApplicationsRiskLevel>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SlimDiscoveredApplications {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SlimDiscoveredApplications {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SlimDiscoveredApplications {
    const NAME: &'static str = "SlimDiscoveredApplications";

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
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "discoverySource" => {
                self.discovery_source = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "discoveredVendor" => {
                self.discovered_vendor = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "recommendedConnectors" => self.recommended_connectors = map.next_value()?,
            "discoveredAt" => {
                self.discovered_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "createdAt" => {
                self.created_at = map.next_value_seed(crate::datetime::Optional)?;
            }
            "status" => self.status = map.next_value_seed(crate::lenient::TextOption)?,
            "riskScore" => self.risk_score = map.next_value()?,
            "isBusiness" => {
                self.is_business = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "totalSigninsCount" => self.total_signins_count = map.next_value()?,
            "riskLevel" => self.risk_level = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
