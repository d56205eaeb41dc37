//! `Applicationitem`, from `apis/data-access-security/schemas/applicationitem.yaml`.

use crate::models::Tag;

/// `Applicationitem` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Applicationitem {
    /// The unique identifier of the application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The display name of the application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A brief description of the application and its purpose.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The type of the application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A list of tags associated with the application.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    /// The status of the last connection test performed on the application.
    #[serde(rename = "testConnectionStatus", skip_serializing_if = "Option::is_none")]
    pub test_connection_status: Option<String>,
    /// The timestamp of the last connection test performed on the application, in milliseconds since epoch.
    #[serde(rename = "testConnectionDate", skip_serializing_if = "Option::is_none")]
    pub test_connection_date: Option<i64>,
    /// The identifier of the cluster used for crawling resources.
    #[serde(rename = "rcClusterId", skip_serializing_if = "Option::is_none")]
    pub rc_cluster_id: Option<String>,
    /// The identifier of the cluster used for data classification.
    #[serde(rename = "dcClusterId", skip_serializing_if = "Option::is_none")]
    pub dc_cluster_id: Option<String>,
    /// The identifier of the cluster used for permission collection.
    #[serde(rename = "pcClusterId", skip_serializing_if = "Option::is_none")]
    pub pc_cluster_id: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Applicationitem {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Applicationitem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Applicationitem {
    const NAME: &'static str = "Applicationitem";

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
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "tags" => self.tags = map.next_value()?,
            "testConnectionStatus" => {
                self.test_connection_status = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "testConnectionDate" => self.test_connection_date = map.next_value()?,
            "rcClusterId" => {
                self.rc_cluster_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "dcClusterId" => {
                self.dc_cluster_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "pcClusterId" => {
                self.pc_cluster_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
