//! `Roleinsightsresponse`, from `apis/role-insights/schemas/roleinsightsresponse.yaml`.

use crate::models::RoleinsightsresponseStatus;

/// `Roleinsightsresponse` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleinsightsresponse {
    /// Request Id for a role insight generation request
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The date-time role insights request was created.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time role insights request was completed.
    #[serde(rename = "lastGenerated", skip_serializing_if = "Option::is_none")]
    pub last_generated: Option<chrono::DateTime<chrono::Utc>>,
    /// Total number of updates for this request. Starts with 0 and will have correct number when request is COMPLETED.
    #[serde(rename = "numberOfUpdates", skip_serializing_if = "Option::is_none")]
    pub number_of_updates: Option<i64>,
    /// The role IDs that are in this request.
    #[serde(rename = "roleIds", skip_serializing_if = "Option::is_none")]
    pub role_ids: Option<Vec<String>>,
    /// Request status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<RoleinsightsresponseStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleinsightsresponse {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleinsightsresponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleinsightsresponse {
    const NAME: &'static str = "Roleinsightsresponse";

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
            "createdDate" => {
                self.created_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "lastGenerated" => {
                self.last_generated = map.next_value_seed(crate::datetime::Optional)?;
            }
            "numberOfUpdates" => self.number_of_updates = map.next_value()?,
            "roleIds" => self.role_ids = map.next_value()?,
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
