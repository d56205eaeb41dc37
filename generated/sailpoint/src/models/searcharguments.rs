//! `Searcharguments`, from `apis/saved-search/schemas/searcharguments.yaml`.

use crate::models::Typedreference;

/// `Searcharguments` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Searcharguments {
    /// The ID of the scheduled search that triggered the saved search execution.
    #[serde(rename = "scheduleId", skip_serializing_if = "Option::is_none")]
    pub schedule_id: Option<String>,
    /// The owner of the scheduled search being tested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<Typedreference>,
    /// The email recipients of the scheduled search being tested.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipients: Option<Vec<Typedreference>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Searcharguments {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Searcharguments {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Searcharguments {
    const NAME: &'static str = "Searcharguments";

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
            "scheduleId" => {
                self.schedule_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "owner" => self.owner = map.next_value()?,
            "recipients" => self.recipients = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
