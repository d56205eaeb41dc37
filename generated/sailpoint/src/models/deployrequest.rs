//! `Deployrequest`, from `apis/configuration-hub/schemas/deployrequest.yaml`.

/// `Deployrequest` as the spec defines it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Deployrequest {
    /// The id of the draft to be used by this deploy.
    ///
    /// A server's absent or `null` member reads as an empty string.
    #[serde(rename = "draftId")]
    pub draft_id: String,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Deployrequest {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(draft_id: impl Into<String>) -> Self {
        Deployrequest {
            draft_id: draft_id.into(),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Deployrequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Deployrequest {
    const NAME: &'static str = "Deployrequest";

    #[inline]
    fn empty() -> Self {
        Deployrequest {
            draft_id: Default::default(),
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "draftId" => self.draft_id = map.next_value_seed(crate::lenient::Text)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
