//! `SendClassifyMachineAccountV1200Response`, from `apis/machine-account-classify/paths/accounts-v1-by-id-classify.yaml#/post/responses/200/content/application~1json/schema`.

/// `SendClassifyMachineAccountV1200Response` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct SendClassifyMachineAccountV1200Response {
    /// Indicates if account is classified as machine
    #[serde(rename = "isMachine", skip_serializing_if = "Option::is_none")]
    pub is_machine: Option<bool>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl SendClassifyMachineAccountV1200Response {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for SendClassifyMachineAccountV1200Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for SendClassifyMachineAccountV1200Response {
    const NAME: &'static str = "SendClassifyMachineAccountV1200Response";

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
            "isMachine" => {
                self.is_machine = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
