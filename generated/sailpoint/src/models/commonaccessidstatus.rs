//! `Commonaccessidstatus`, from `apis/iai-common-access/schemas/commonaccessidstatus.yaml`.

/// `Commonaccessidstatus` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Commonaccessidstatus {
    /// List of confirmed common access ids.
    #[serde(rename = "confirmedIds", skip_serializing_if = "Option::is_none")]
    pub confirmed_ids: Option<Vec<String>>,
    /// List of denied common access ids.
    #[serde(rename = "deniedIds", skip_serializing_if = "Option::is_none")]
    pub denied_ids: Option<Vec<String>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Commonaccessidstatus {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Commonaccessidstatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Commonaccessidstatus {
    const NAME: &'static str = "Commonaccessidstatus";

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
            "confirmedIds" => self.confirmed_ids = map.next_value()?,
            "deniedIds" => self.denied_ids = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
