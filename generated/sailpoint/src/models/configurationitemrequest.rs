//! `Configurationitemrequest`, from `apis/work-reassignment/schemas/configurationitemrequest.yaml`.

use crate::models::Configtypeenum;

/// The request body for creation or update of a Reassignment Configuration for a single identity and work type
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Configurationitemrequest {
    /// The identity id to reassign an item from
    #[serde(rename = "reassignedFromId", skip_serializing_if = "Option::is_none")]
    pub reassigned_from_id: Option<String>,
    /// The identity id to reassign an item to
    #[serde(rename = "reassignedToId", skip_serializing_if = "Option::is_none")]
    pub reassigned_to_id: Option<String>,
    #[serde(rename = "configType", skip_serializing_if = "Option::is_none")]
    pub config_type: Option<Configtypeenum>,
    /// The date from which to start reassigning work items
    #[serde(rename = "startDate", skip_serializing_if = "Option::is_none")]
    pub start_date: Option<chrono::DateTime<chrono::Utc>>,
    /// The date from which to stop reassigning work items.  If this is an null string it indicates a permanent reassignment.
    #[serde(rename = "endDate", skip_serializing_if = "Option::is_none")]
    pub end_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Configurationitemrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Configurationitemrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Configurationitemrequest {
    const NAME: &'static str = "Configurationitemrequest";

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
            "reassignedFromId" => {
                self.reassigned_from_id = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "reassignedToId" => {
                self.reassigned_to_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "configType" => self.config_type = map.next_value()?,
            "startDate" => {
                self.start_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "endDate" => self.end_date = map.next_value_seed(crate::datetime::Optional)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
