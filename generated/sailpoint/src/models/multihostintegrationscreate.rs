//! `Multihostintegrationscreate`, from `apis/multi-host-integration/schemas/multihostintegrationscreate.yaml`.

use crate::models::{
    MultihostintegrationscreateCluster, MultihostintegrationscreateManagementWorkgroup,
    MultihostintegrationscreateOwner,
};

/// `Multihostintegrationscreate` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Multihostintegrationscreate {
    /// Multi-Host Integration's human-readable name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// Multi-Host Integration's human-readable description.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// Reference to identity object who owns the source.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<MultihostintegrationscreateOwner>,
    /// Reference to the source's associated cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster: Option<MultihostintegrationscreateCluster>,
    /// Connector script name.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub connector: String,
    /// Multi-Host Integration specific configuration. User can add any number of additional attributes. e.g. maxSourcesPerAggGroup, maxAllowedSources etc.
    #[serde(rename = "connectorAttributes", skip_serializing_if = "Option::is_none")]
    pub connector_attributes: Option<serde_json::Map<String, serde_json::Value>>,
    /// Reference to management workgroup for the source.
    #[serde(rename = "managementWorkgroup", skip_serializing_if = "Option::is_none")]
    pub management_workgroup: Option<MultihostintegrationscreateManagementWorkgroup>,
    /// Date-time when the source was created
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Date-time when the source was last modified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Multihostintegrationscreate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        owner: MultihostintegrationscreateOwner,
        connector: impl Into<String>,
    ) -> Self {
        Multihostintegrationscreate {
            name: name.into(),
            description: description.into(),
            owner: Some(owner),
            cluster: None,
            connector: connector.into(),
            connector_attributes: None,
            management_workgroup: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Multihostintegrationscreate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Multihostintegrationscreate {
    const NAME: &'static str = "Multihostintegrationscreate";

    #[inline]
    fn empty() -> Self {
        Multihostintegrationscreate {
            name: Default::default(),
            description: Default::default(),
            owner: None,
            cluster: None,
            connector: Default::default(),
            connector_attributes: None,
            management_workgroup: None,
            created: None,
            modified: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "owner" => self.owner = map.next_value()?,
            "cluster" => self.cluster = map.next_value()?,
            "connector" => self.connector = map.next_value_seed(crate::lenient::Text)?,
            "connectorAttributes" => self.connector_attributes = map.next_value()?,
            "managementWorkgroup" => self.management_workgroup = map.next_value()?,
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
