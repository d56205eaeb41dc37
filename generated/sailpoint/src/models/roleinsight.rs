//! `Roleinsight`, from `apis/role-insights/schemas/roleinsight.yaml`.

use crate::models::{Roleinsightsinsight, Roleinsightsrole};

/// `Roleinsight` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleinsight {
    /// Insight id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Total number of updates for this role
    #[serde(rename = "numberOfUpdates", skip_serializing_if = "Option::is_none")]
    pub number_of_updates: Option<i64>,
    /// The date-time insights were last created for this role.
    #[serde(rename = "createdDate", skip_serializing_if = "Option::is_none")]
    pub created_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date-time insights were last modified for this role.
    #[serde(rename = "modifiedDate", skip_serializing_if = "Option::is_none")]
    pub modified_date: Option<chrono::DateTime<chrono::Utc>>,
    /// A role
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Roleinsightsrole>,
    /// The kind of insight this is and some stats
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insight: Option<Roleinsightsinsight>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleinsight {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleinsight {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleinsight {
    const NAME: &'static str = "Roleinsight";

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
            "numberOfUpdates" => self.number_of_updates = map.next_value()?,
            "createdDate" => {
                self.created_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "modifiedDate" => {
                self.modified_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "role" => self.role = map.next_value()?,
            "insight" => self.insight = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
