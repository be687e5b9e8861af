"""The pipeline's stages, in order: boilerplate -> statements (with speakers) -> dates -> entities
-> claims -> events -> permalinks. Each is a function of the frozen model objects before it; none
imports the site or the exports."""
