//! `Managedclusterkeypair`, from `apis/managed-clusters/schemas/managedclusterkeypair.yaml`.

/// Managed Cluster key pair for Cluster
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Managedclusterkeypair {
    /// ManagedCluster publicKey
    #[serde(rename = "publicKey", skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// ManagedCluster publicKeyThumbprint
    #[serde(rename = "publicKeyThumbprint", skip_serializing_if = "Option::is_none")]
    pub public_key_thumbprint: Option<String>,
    /// ManagedCluster publicKeyCertificate
    #[serde(rename = "publicKeyCertificate", skip_serializing_if = "Option::is_none")]
    pub public_key_certificate: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Managedclusterkeypair {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Managedclusterkeypair {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Managedclusterkeypair {
    const NAME: &'static str = "Managedclusterkeypair";

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
            "publicKey" => {
                self.public_key = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "publicKeyThumbprint" => {
                self.public_key_thumbprint = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "publicKeyCertificate" => {
                self.public_key_certificate = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
