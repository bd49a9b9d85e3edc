/**
 * The playbook files ({@code mappings/playbook/*.yaml}): read and validated like mapping files, every problem naming
 * file, line, key and fix, into the scoring and forecast models.
 */
package io.revbridge.playbook;
