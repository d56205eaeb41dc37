//! `SendClassifyMachineAccountFromSourceV1200Response`, from `apis/classify-source/paths/sources-v1-by-sourceid-classify.yaml#/post/responses/200/content/application~1json/schema`.

/// `SendClassifyMachineAccountFromSourceV1200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SendClassifyMachineAccountFromSourceV1200Response {
    /// Returns the number of all the accounts from source submitted for processing.
    #[serde(
        rename = "Accounts submitted for processing",
        skip_serializing_if = "Option::is_none"
    )]
    pub accounts_submitted_for_processing: Option<i32>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SendClassifyMachineAccountFromSourceV1200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SendClassifyMachineAccountFromSourceV1200Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SendClassifyMachineAccountFromSourceV1200Response {
    const NAME: &'static str = "SendClassifyMachineAccountFromSourceV1200Response";

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
            "Accounts submitted for processing" => {
                self.accounts_submitted_for_processing = map.next_value()?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
